"""Read-side queries behind the bot's answers: bounded reads along indexes, never committing.

Every query reads a bounded number of rows whatever the size of the database, so that an answer
stays fast at a hundred thousand articles; what needs a whole-table aggregate (coverage) comes
with a cheap signature that tells a cache when to compute it again. One module per subject:
`trade` (figures), `people` (officials, titles, meetings), `articles` (news and coverage).
"""
