"""The words of signing documents: the documents' words, the verbs signing them and the words
telling a signing done, agreed, proposed or recalled (extract/data/meetings.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract.lexicon import PhraseSet, load_data

# The kind of the words for any document ('văn kiện', 'văn bản', 'tài liệu'): they name none.
UNNAMED = "unnamed"


@dataclass(frozen=True, slots=True)
class SigningWords:
    """The words of signing, each set a phrase list of meetings.toml's [signing]."""

    documents: PhraseSet
    capitalised: frozenset[str]  # the kinds of documents named only with a capital ('Kế hoạch')
    one_country_s: frozenset[str]  # the kinds of documents a country may have of its own (plans)
    bodies: frozenset[str]  # the words of a body before a document's word ('Sở Kế hoạch …')
    listed: PhraseSet  # the documents, and those only a list of signed ones names (contracts)
    signed: PhraseSet  # True for a signing verb, False for a word opening with one ('trao đổi')
    agreed: PhraseSet
    discussed: PhraseSet
    agreed_then_signed: PhraseSet
    handing: PhraseSet
    counting_in: PhraseSet  # the documents a signing counts ('…, trong đó có Hiệp định …')
    clause_joins: frozenset[str]  # before another verb's clause ('… và giao …')
    adopting: PhraseSet  # signing only right before the document's name ('thông qua Biên bản …')
    drafting: PhraseSet
    manner: PhraseSet  # how a document is carried out, after the verb ('thực hiện nghiêm')
    amending: PhraseSet  # a document in force changed or renewed ('sửa đổi', 'gia hạn')
    clause_subjects: PhraseSet
    proposed: PhraseSet
    to_come: PhraseSet
    not_yet: PhraseSet  # before a passive signing after the name ('… chưa được ký')
    signed_before: PhraseSet
    signed_since: PhraseSet
    recalled_since: PhraseSet
    not_a_name: PhraseSet
    same_day: PhraseSet
    meetings: PhraseSet
    after_meeting: PhraseSet
    event_names: PhraseSet  # an event's name telling a plan it carries out ('hội nghị triển khai')
    deal_signers: PhraseSet  # businesses left unnamed signing ('các doanh nghiệp')
    deal_subjects: PhraseSet  # a buying or selling a document is for ('mua bán')
    deal_values: PhraseSet  # what a document is worth, after its name ('trị giá')


@cache
def signing_words() -> SigningWords:
    """The words of signing, loaded once: 'Bản ghi nhớ' a memorandum, 'ký kết' signing."""
    data = load_data("meetings")
    documents = [
        (w, d["kind"]) for d in data["document"] if not d.get("listed_only") for w in d["words"]
    ]
    listed = [(w, d["kind"]) for d in data["document"] for w in d["words"]]
    signing = data["signing"]
    return SigningWords(
        documents=PhraseSet([w for w, _ in documents], [k for _, k in documents]),
        capitalised=frozenset(d["kind"] for d in data["document"] if d.get("capitalised_only")),
        one_country_s=frozenset(d["kind"] for d in data["document"] if d.get("one_country_s")),
        bodies=frozenset(signing["bodies"]),
        listed=PhraseSet([w for w, _ in listed], [k for _, k in listed]),
        signed=PhraseSet(
            [*signing["signed"], *signing["not_signing"]],
            [True] * len(signing["signed"]) + [False] * len(signing["not_signing"]),
        ),
        agreed=PhraseSet(signing["agreed"]),
        discussed=PhraseSet(signing["discussed"]),
        agreed_then_signed=PhraseSet(signing["agreed_then_signed"]),
        handing=PhraseSet(signing["handing"]),
        counting_in=PhraseSet(signing["counting_in"]),
        clause_joins=frozenset(signing["clause_joins"]),
        adopting=PhraseSet(signing["adopting"]),
        drafting=PhraseSet(signing["drafting"]),
        manner=PhraseSet(signing["manner"]),
        amending=PhraseSet(signing["amending"]),
        clause_subjects=PhraseSet(signing["clause_subjects"]),
        proposed=PhraseSet(signing["proposed"]),
        to_come=PhraseSet(signing["to_come"]),
        not_yet=PhraseSet(signing["not_yet"]),
        signed_before=PhraseSet(signing["signed_before"]),
        signed_since=PhraseSet(signing["signed_since"]),
        recalled_since=PhraseSet(signing["recalled_since"]),
        not_a_name=PhraseSet(signing["not_a_name"]),
        same_day=PhraseSet(signing["same_day"]),
        meetings=PhraseSet(w for m in data["meeting"] for w in m["words"]),
        after_meeting=PhraseSet(signing["after_meeting"]),
        event_names=PhraseSet(signing["event_names"]),
        deal_signers=PhraseSet(signing["deal_signers"]),
        deal_subjects=PhraseSet(signing["deal_subjects"]),
        deal_values=PhraseSet(signing["deal_values"]),
    )
