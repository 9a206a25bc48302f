"""The words that end a document's name or let it go on: the documents' words, the stops after a
name ('trong năm', 'nhằm'), the pairs written with a comma inside one ('phòng, chống') and the
words opening a clause after one ('đồng thời') (extract/data/meetings.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract.lexicon import PhraseSet, load_data

# The words between two names or after one, never inside it ('và', 'về', 'giữa').
BETWEEN_NAMES = frozenset({"và", "về", "với", "của", "cho", "giữa", "tại", "giai", "năm", "trong"})


@dataclass(frozen=True, slots=True)
class NameWords:
    """The words ending or going on with a document's name, from meetings.toml's [signing]."""

    documents: PhraseSet  # the documents' words, each with its kind
    listed: PhraseSet  # the documents' words and those only a list names ('hợp đồng')
    capitalised: frozenset[str]  # the kinds of documents named only with a capital ('Kế hoạch')
    name_stops: PhraseSet
    name_pairs: PhraseSet
    examples: PhraseSet  # the words opening examples after a name ('như Quảng Ninh, …')
    subjects: PhraseSet  # fields a name lists side by side ('động vật, thực vật'), titles.toml's
    party_locators: PhraseSet
    partnering: PhraseSet  # the words whose partner 'với' names inside a name ('hợp tác')
    name_max: int
    clause_words: frozenset[str]
    clause_phrases: PhraseSet
    clause_verbs: frozenset[str]  # the words of a clause's verb ('đã'), never of a field's
    before_a_count: frozenset[str]
    counts: frozenset[str]
    signed_by: frozenset[str]  # the word a name's signers follow ('… do hai sở ký')


@cache
def name_words() -> NameWords:
    """The words of documents' names, loaded once: 'Bản ghi nhớ' a memorandum, ',' a stop."""
    data = load_data("meetings")
    signing = data["signing"]
    titles = load_data("titles")  # one list of fields for bodies and documents
    fields = [f for f in titles["body_name_phrases"] if f not in titles["fields_not_of_documents"]]
    kinds = [
        (w, d["kind"]) for d in data["document"] if not d.get("listed_only") for w in d["words"]
    ]
    return NameWords(
        documents=PhraseSet([w for w, _ in kinds], [k for _, k in kinds]),
        listed=PhraseSet(w for d in data["document"] for w in d["words"]),
        capitalised=frozenset(d["kind"] for d in data["document"] if d.get("capitalised_only")),
        name_stops=PhraseSet(signing["name_stops"]),
        name_pairs=PhraseSet(signing["name_pairs"]),
        examples=PhraseSet(signing["examples"]),
        subjects=PhraseSet(fields),
        party_locators=PhraseSet(signing["party_locators"]),
        partnering=PhraseSet(signing["partnering"]),
        name_max=int(signing["name_max_words"]),
        clause_words=frozenset(signing["clause_words"]),
        clause_phrases=PhraseSet(signing["clause_phrases"]),
        clause_verbs=frozenset(signing["clause_verbs"]),
        before_a_count=frozenset(signing["before_a_count"]),
        counts=frozenset(signing["name_counts"]),
        signed_by=frozenset(signing["signed_by"]),
    )
