"""CID 4237 Lens Constant Type.

Extensible, version 20190124, UID 1.2.840.10008.6.1.883.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4237
NAME: _Final[str] = "Lens Constant Type"
KEYWORD: _Final[str | None] = "LensConstantType"
UID: _Final[str | None] = "1.2.840.10008.6.1.883"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AConstant: _Final[_Code] = _Code("SCT", "397263007", "A-Constant", (4237,))
"""A-Constant (SCT 397263007)."""

ACDConstant: _Final[_Code] = _Code("DCM", "111768", "ACD Constant", (4237,))
"""ACD Constant (DCM 111768)."""

HaigisA0: _Final[_Code] = _Code("DCM", "111769", "Haigis a0", (4237,))
"""Haigis a0 (DCM 111769)."""

HaigisA1: _Final[_Code] = _Code("DCM", "111770", "Haigis a1", (4237,))
"""Haigis a1 (DCM 111770)."""

HaigisA2: _Final[_Code] = _Code("DCM", "111771", "Haigis a2", (4237,))
"""Haigis a2 (DCM 111771)."""

HofferPacdConstant: _Final[_Code] = _Code("DCM", "111772", "Hoffer pACD Constant", (4237,))
"""Hoffer pACD Constant (DCM 111772)."""

SurgeonFactor: _Final[_Code] = _Code("DCM", "111773", "Surgeon Factor", (4237,))
"""Surgeon Factor (DCM 111773)."""

BarrettLensFactor: _Final[_Code] = _Code("DCM", "111866", "Barrett Lens Factor", (4237,))
"""Barrett Lens Factor (DCM 111866)."""

BarrettDesignFactor: _Final[_Code] = _Code("DCM", "111867", "Barrett Design Factor", (4237,))
"""Barrett Design Factor (DCM 111867)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AConstant,
    ACDConstant,
    HaigisA0,
    HaigisA1,
    HaigisA2,
    HofferPacdConstant,
    SurgeonFactor,
    BarrettLensFactor,
    BarrettDesignFactor,
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
