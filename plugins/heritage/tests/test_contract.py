from cms.testing import ProgrammeContractTests, ProgrammePagesContractTests


class TestHeritageContract(ProgrammeContractTests):
    programme_slug = "heritage"


class TestHeritagePagesContract(ProgrammePagesContractTests):
    programme_slug = "heritage"
