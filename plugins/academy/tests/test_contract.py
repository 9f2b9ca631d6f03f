from cms.testing import ProgrammeContractTests


class TestAcademyContract(ProgrammeContractTests):
    programme_slug = "academy"
