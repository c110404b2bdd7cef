"""CID 7275 MR Diffusion Model Specific Method.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1170.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7275
NAME: _Final[str] = "MR Diffusion Model Specific Method"
KEYWORD: _Final[str | None] = "MRDiffusionModelSpecificMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1170"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VoxelwiseSelectionOfBValue: _Final[_Code] = _Code(
    "DCM", "113285", "Voxelwise selection of b-value", (7275,)
)
"""Voxelwise selection of b-value (DCM 113285)."""

MEMBERS: _Final[tuple[_Code, ...]] = (VoxelwiseSelectionOfBValue,)
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
