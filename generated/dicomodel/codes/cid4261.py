"""CID 4261 Ophthalmic Mapping Acquisition Method.

Extensible, version 20110825, UID 1.2.840.10008.6.1.937.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4261
NAME: _Final[str] = "Ophthalmic Mapping Acquisition Method"
KEYWORD: _Final[str | None] = "OphthalmicMappingAcquisitionMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.937"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TimeDomain: _Final[_Code] = _Code("DCM", "111920", "Time domain", (4261,))
"""Time domain (DCM 111920)."""

SpectralDomain: _Final[_Code] = _Code("DCM", "111921", "Spectral domain", (4261,))
"""Spectral domain (DCM 111921)."""

NoCornealCompensation: _Final[_Code] = _Code("DCM", "111922", "No corneal compensation", (4261,))
"""No corneal compensation (DCM 111922)."""

CornealBirefringenceCompensation: _Final[_Code] = _Code(
    "DCM", "111923", "Corneal birefringence compensation", (4261,)
)
"""Corneal birefringence compensation (DCM 111923)."""

RetinalTopography: _Final[_Code] = _Code("DCM", "111924", "Retinal topography", (4261,))
"""Retinal topography (DCM 111924)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TimeDomain,
    SpectralDomain,
    NoCornealCompensation,
    CornealBirefringenceCompensation,
    RetinalTopography,
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
