"""CID 6334 mpMRI Assessment Type from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1391.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6334
NAME: _Final[str] = "mpMRI Assessment Type from PI-RADS®"
KEYWORD: _Final[str | None] = "mpMRIAssessmentTypeFromPIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.1391"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Abnormality: _Final[_Code] = _Code("NCIt", "C9440", "Abnormality", (6334,))
"""Abnormality (NCIt C9440)."""

Shape: _Final[_Code] = _Code("SCT", "300842002", "Shape", (6334,))
"""Shape (SCT 300842002)."""

Margin: _Final[_Code] = _Code("DCM", "Margin", "Margin", (6334,))
"""Margin (DCM Margin)."""

SignalCharacteristic: _Final[_Code] = _Code("RADLEX", "RID6049", "Signal characteristic", (6334,))
"""Signal characteristic (RADLEX RID6049)."""

EnhancementPattern: _Final[_Code] = _Code("RADLEX", "RID6058", "Enhancement pattern", (6334,))
"""Enhancement pattern (RADLEX RID6058)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Abnormality,
    Shape,
    Margin,
    SignalCharacteristic,
    EnhancementPattern,
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
