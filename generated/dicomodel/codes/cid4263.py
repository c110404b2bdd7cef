"""CID 4263 Ophthalmic Thickness Map Value Type.

Extensible, version 20110825, UID 1.2.840.10008.6.1.939.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4263
NAME: _Final[str] = "Ophthalmic Thickness Map Value Type"
KEYWORD: _Final[str | None] = "OphthalmicThicknessMapValueType"
UID: _Final[str | None] = "1.2.840.10008.6.1.939"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbsoluteOphthalmicThickness: _Final[_Code] = _Code(
    "DCM", "111930", "Absolute ophthalmic thickness", (4263,)
)
"""Absolute ophthalmic thickness (DCM 111930)."""

ThicknessDeviationCategoryFromNormativeData: _Final[_Code] = _Code(
    "DCM", "111931", "Thickness deviation category from normative data", (4263,)
)
"""Thickness deviation category from normative data (DCM 111931)."""

ThicknessDeviationFromNormativeData: _Final[_Code] = _Code(
    "DCM", "111932", "Thickness deviation from normative data", (4263,)
)
"""Thickness deviation from normative data (DCM 111932)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AbsoluteOphthalmicThickness,
    ThicknessDeviationCategoryFromNormativeData,
    ThicknessDeviationFromNormativeData,
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
