"""A CID's and a scheme's metadata and members: one dunder object each."""

from __future__ import annotations

from dicomodel import codes
from dicomodel.coding import Code, CodingScheme, ContextGroup

group: ContextGroup[Code] = codes.cid4410.__cid__
members: tuple[Code, ...] = codes.TopicalTreatment.__cid__.members
keyword: str | None = group.keyword
scheme: CodingScheme = codes.SCT.__scheme__
uri: str | None = scheme.uri
