from cms.testing import ProgrammeContractTests, ProgrammePagesContractTests


class TestSchoolsContract(ProgrammeContractTests):
    programme_slug = "schools"


class TestSchoolsPagesContract(ProgrammePagesContractTests):
    programme_slug = "schools"
