"""PS3.16: coding schemes, context groups (CIDs) and the coded concepts they hold."""

from __future__ import annotations

from enum import StrEnum

from generator.ir.base import Origin, Record


class ContextGroupType(StrEnum):
    """The "Type:" of a context group (PS3.16 Section 7.2.1): a closed vocabulary."""

    EXTENSIBLE = "Extensible"
    NON_EXTENSIBLE = "Non-extensible"


class SchemeResource(Record):
    """One entry of Table 8-1's "Coding Scheme Resources Sequence" column: ``DOC: url``."""

    kind: str
    url: str


class CodingScheme(Record):
    """One row of PS3.16 Table 8-1 (coding schemes) or Table 8-2 (HL7v3 coding schemes).

    ``uri`` is the FHIR system URI (the ``FHIR:`` resource) where the table gives one.
    ``hl7v3`` marks the rows of Table 8-2.
    """

    designator: str
    name: str
    uid: str | None
    uri: str | None = None
    responsible_organization: str = ""
    resources: tuple[SchemeResource, ...] = ()
    description: str = ""
    hl7v3: bool = False
    retired: bool = False
    origin: Origin


class ExtraColumn(Record):
    """A non-empty informative cell of a CID table outside the named fields (e.g. "Units")."""

    column: str
    text: str


class ContextGroupMember(Record):
    """One code row of a CID table, as published.

    ``cid`` is the context group whose table lists the row, ``table`` that table
    (``table_CID_N``, or the table of retired codes of the section) and ``row`` its
    1-based body row there, so that a member taken into another group by
    "Include CID N" still says where it comes from. ``keyword`` is derived from this
    row's own meaning (``generator.parse.part16_keywords.concept_keyword``).
    """

    cid: int
    table: str
    row: int
    scheme: str
    value: str
    meaning: str
    keyword: str
    scheme_version: str | None = None
    snomed_rt_id: str | None = None
    umls_cui: str | None = None
    notes: str | None = None
    extras: tuple[ExtraColumn, ...] = ()
    retired: bool = False

    @property
    def code(self) -> tuple[str, str]:
        """``(scheme, value)``: the identity of the concept."""
        return (self.scheme, self.value)


class MemberRef(Record):
    """One entry of a flattened membership: the code and the row of the group listing it.

    ``cid`` and ``row`` name a member that is not retired (``ContextGroupMember.cid``
    and ``.row``), whose meaning and keyword the entry takes.
    """

    scheme: str
    value: str
    cid: int
    row: int

    @property
    def code(self) -> tuple[str, str]:
        """``(scheme, value)``: the identity of the concept."""
        return (self.scheme, self.value)


class ContextGroup(Record):
    """A context group: section ``sect_CID_N`` and its table ``table_CID_N``.

    ``members`` are the group's own code rows in table order; ``includes`` the CIDs
    its "Include CID N" rows name, in table order; ``resolved`` the flattened
    current membership as references to member rows: own members that are not
    retired first, then each included group's resolved members in include order,
    one entry per code (scheme, value), the row where it is first reached
    (``Part16.resolved`` gives the member records themselves). ``external_scheme``
    names the coding scheme a group comprises as a whole instead of listing codes
    (CID 82: UCUM, CID 5000: RFC5646...). ``type`` is ``None`` for a retired group
    whose section keeps only a note.
    """

    cid: int
    name: str
    keyword: str | None
    fhir_keyword: str | None
    type: ContextGroupType | None
    version: str | None
    uid: str | None
    retired: bool
    external_scheme: str | None = None
    members: tuple[ContextGroupMember, ...] = ()
    includes: tuple[int, ...] = ()
    resolved: tuple[MemberRef, ...] = ()
    origin: Origin

    @property
    def extensible(self) -> bool | None:
        """True for an Extensible group, ``None`` when the section gives no type."""
        return None if self.type is None else self.type is ContextGroupType.EXTENSIBLE


class Concept(Record):
    """A code (scheme, value) with every CID whose own table lists it.

    ``meaning`` is the Annex D meaning for a DCM code when Annex D is present, else
    the meaning most CID rows give (ties: the lowest CID); ``other_meanings`` are
    the differing meanings other rows publish (each stays with its CID in
    ``ContextGroupMember.meaning``). ``cids`` are the groups that list the code in
    their own table; ``included_in`` the further groups that hold it only through
    "Include CID N". ``retired`` when Annex D retires it or every row listing it
    marks it retired.
    """

    scheme: str
    value: str
    meaning: str
    keyword: str
    retired: bool = False
    cids: tuple[int, ...] = ()
    included_in: tuple[int, ...] = ()
    other_meanings: tuple[str, ...] = ()
    definition: str | None = None
    origin: Origin
