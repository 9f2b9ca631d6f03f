"""Public submissions with moderation: a directory whose visitors propose entries.

A proposal becomes a draft child page of the directory, in the directory's language, submitted
to Wagtail's own workflow for that page; moderators approve (publish) or request changes with a
reason, and the proposer is emailed in their language each time, with a signed link to update
their entry later (the update goes through moderation again). See docs/kits/submissions.md.

Modules, in the order they depend on one another:

* `models` — `Proposal`: who proposed an entry (private), their consent and language;
* `duplicates` — likely duplicates of an entry among its siblings;
* `forms` — the public form built from the entry model's fields, refusing hostile input;
* `moderation` — which Wagtail workflow a proposal goes to, and submitting it;
* `tokens` — the signed, expiring update link;
* `tasks` — the emails to the proposer (django-tasks);
* `proposing` — the public views: propose, thanks, update;
* `receivers` — published / changes requested → emails; a deleted entry erases its proposer;
* `panels` — what a moderator sees in the editor: the proposer and likely duplicates;
* `pages` — `AcceptsProposals` (the index) and `ProposalEntry` (the entry), for plugins.
"""
