"""CID 3206 Non-invasive Cardiac Imaging Procedure.

Extensible, version 20080927, UID 1.2.840.10008.6.1.761.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3206
NAME: _Final[str] = "Non-invasive Cardiac Imaging Procedure"
KEYWORD: _Final[str | None] = "NoninvasiveCardiacImagingProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.761"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NuclearMedicineCardiovascularStudy: _Final[_Code] = _Code(
    "SCT", "108294005", "Nuclear medicine cardiovascular study", (3108, 3206, 3757)
)
"""Nuclear medicine cardiovascular study (SCT 108294005)."""

CardiacBloodPoolImaging: _Final[_Code] = _Code(
    "SCT", "35621002", "Cardiac blood pool imaging (nuclear)", (3206, 3757)
)
"""Cardiac blood pool imaging (nuclear) (SCT 35621002)."""

PETHeartStudy: _Final[_Code] = _Code("SCT", "241439007", "PET heart study", (3108, 3206, 3757))
"""PET heart study (SCT 241439007)."""

SPECT: _Final[_Code] = _Code("SCT", "105371005", "SPECT", (3206, 3757))
"""SPECT (SCT 105371005)."""

Echocardiography: _Final[_Code] = _Code(
    "SCT", "40701008", "Echocardiography", (3206, 3744, 3757, 12001)
)
"""Echocardiography (SCT 40701008)."""

CardiacMRI: _Final[_Code] = _Code("SCT", "241620005", "Cardiac MRI", (3206, 3757, 3820))
"""Cardiac MRI (SCT 241620005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NuclearMedicineCardiovascularStudy,
    CardiacBloodPoolImaging,
    PETHeartStudy,
    SPECT,
    Echocardiography,
    CardiacMRI,
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
