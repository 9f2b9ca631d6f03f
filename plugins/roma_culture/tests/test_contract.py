from cms.testing import ProgrammeContractTests, ProgrammePagesContractTests


class TestRomaCultureContract(ProgrammeContractTests):
    programme_slug = "roma_culture"


class TestRomaCulturePagesContract(ProgrammePagesContractTests):
    programme_slug = "roma_culture"
