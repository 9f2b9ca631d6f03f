from cms.testing import ProgrammeContractTests, ProgrammePagesContractTests


class TestHubsContract(ProgrammeContractTests):
    programme_slug = "hubs"


class TestHubsPagesContract(ProgrammePagesContractTests):
    programme_slug = "hubs"
