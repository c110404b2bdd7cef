"""CID 7261 Diffusion Model Value Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1060.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7261
NAME: _Final[str] = "Diffusion Model Value Type"
KEYWORD: _Final[str | None] = "DiffusionModelValueType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1060"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SingleTensor: _Final[_Code] = _Code("DCM", "113231", "Single Tensor", (7261,))
"""Single Tensor (DCM 113231)."""

MultiTensor: _Final[_Code] = _Code("DCM", "113232", "Multi Tensor", (7261,))
"""Multi Tensor (DCM 113232)."""

ModelFree: _Final[_Code] = _Code("DCM", "113233", "Model Free", (7261,))
"""Model Free (DCM 113233)."""

CHARMED: _Final[_Code] = _Code("DCM", "113234", "CHARMED", (7261,))
"""CHARMED (DCM 113234)."""

DSI: _Final[_Code] = _Code("DCM", "113224", "DSI", (7260, 7261))
"""DSI (DCM 113224)."""

DOT: _Final[_Code] = _Code("DCM", "113236", "DOT", (7261,))
"""DOT (DCM 113236)."""

PAS: _Final[_Code] = _Code("DCM", "113237", "PAS", (7261,))
"""PAS (DCM 113237)."""

SphericalDeconvolution: _Final[_Code] = _Code("DCM", "113238", "Spherical Deconvolution", (7261,))
"""Spherical Deconvolution (DCM 113238)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SingleTensor,
    MultiTensor,
    ModelFree,
    CHARMED,
    DSI,
    DOT,
    PAS,
    SphericalDeconvolution,
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
