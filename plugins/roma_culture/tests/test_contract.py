from cms.testing import ProgrammeContractTests


class TestRomaCultureContract(ProgrammeContractTests):
    programme_slug = "roma_culture"
