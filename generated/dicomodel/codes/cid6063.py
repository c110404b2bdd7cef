"""CID 6063 Interventional Procedure Result.

Extensible, version 20040112, UID 1.2.840.10008.6.1.392.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6063
NAME: _Final[str] = "Interventional Procedure Result"
KEYWORD: _Final[str | None] = "InterventionalProcedureResult"
UID: _Final[str | None] = "1.2.840.10008.6.1.392"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Benign: _Final[_Code] = _Code("SCT", "30807003", "Benign", (6063,))
"""Benign (SCT 30807003)."""

HighRiskTumor: _Final[_Code] = _Code("SCT", "258270003", "High risk tumor", (6063,))
"""High risk tumor (SCT 258270003)."""

Malignant: _Final[_Code] = _Code("SCT", "21594007", "Malignant", (6063,))
"""Malignant (SCT 21594007)."""

InsufficientSample: _Final[_Code] = _Code("SCT", "281268007", "Insufficient sample", (6063,))
"""Insufficient sample (SCT 281268007)."""

IndeterminateResult: _Final[_Code] = _Code("SCT", "280416009", "Indeterminate result", (6063,))
"""Indeterminate result (SCT 280416009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Benign,
    HighRiskTumor,
    Malignant,
    InsufficientSample,
    IndeterminateResult,
)
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
