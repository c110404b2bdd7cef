"""CID 3112 Attenuation Correction.

Extensible, version 20080927, UID 1.2.840.10008.6.1.744.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3112
NAME: _Final[str] = "Attenuation Correction"
KEYWORD: _Final[str | None] = "AttenuationCorrection"
UID: _Final[str | None] = "1.2.840.10008.6.1.744"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AlgorithmicAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122726", "Algorithmic Attenuation Correction", (3112,)
)
"""Algorithmic Attenuation Correction (DCM 122726)."""

NMTransmissionAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122727", "NM Transmission Attenuation Correction", (3112,)
)
"""NM Transmission Attenuation Correction (DCM 122727)."""

CTBasedAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122728", "CT-based Attenuation Correction", (3112,)
)
"""CT-based Attenuation Correction (DCM 122728)."""

NoAttenuationCorrection: _Final[_Code] = _Code(
    "DCM", "122729", "No Attenuation Correction", (3112,)
)
"""No Attenuation Correction (DCM 122729)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AlgorithmicAttenuationCorrection,
    NMTransmissionAttenuationCorrection,
    CTBasedAttenuationCorrection,
    NoAttenuationCorrection,
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
