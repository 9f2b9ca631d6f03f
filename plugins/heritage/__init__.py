"""România Remarcabilă — A network of Transylvanian communes that make heritage and culture drivers of rural development."""
