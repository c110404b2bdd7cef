"""CID 10033 CT Reconstruction Algorithm.

Extensible, version 20130207, UID 1.2.840.10008.6.1.958.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10033
NAME: _Final[str] = "CT Reconstruction Algorithm"
KEYWORD: _Final[str | None] = "CTReconstructionAlgorithm"
UID: _Final[str | None] = "1.2.840.10008.6.1.958"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130207"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FilteredBackProjection: _Final[_Code] = _Code("DCM", "113962", "Filtered Back Projection", (10033,))
"""Filtered Back Projection (DCM 113962)."""

IterativeReconstruction: _Final[_Code] = _Code(
    "DCM", "113963", "Iterative Reconstruction", (10033,)
)
"""Iterative Reconstruction (DCM 113963)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FilteredBackProjection, IterativeReconstruction)
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
