from cms.testing import ProgrammeContractTests


class TestSchoolsContract(ProgrammeContractTests):
    programme_slug = "schools"
