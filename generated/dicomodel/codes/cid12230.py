"""CID 12230 Gradient Method.

Extensible, version 20030918, UID 1.2.840.10008.6.1.621.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12230
NAME: _Final[str] = "Gradient Method"
KEYWORD: _Final[str | None] = "GradientMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.621"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FullBernoulli: _Final[_Code] = _Code("DCM", "125217", "Full Bernoulli", (12230,))
"""Full Bernoulli (DCM 125217)."""

SimplifiedBernoulli: _Final[_Code] = _Code("DCM", "125218", "Simplified Bernoulli", (12230,))
"""Simplified Bernoulli (DCM 125218)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FullBernoulli, SimplifiedBernoulli)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
