from cms.testing import ProgrammeContractTests


class TestHeritageContract(ProgrammeContractTests):
    programme_slug = "heritage"
