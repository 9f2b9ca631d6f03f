from cms.testing import ProgrammeContractTests


class TestHubsContract(ProgrammeContractTests):
    programme_slug = "hubs"
