from cms.testing import ProgrammeContractTests, ProgrammePagesContractTests


class TestAcademyContract(ProgrammeContractTests):
    programme_slug = "academy"


class TestAcademyPagesContract(ProgrammePagesContractTests):
    programme_slug = "academy"
