"""CID 3206 Non-invasive Cardiac Imaging Procedure.

Extensible, version 20080927, UID 1.2.840.10008.6.1.761.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3206
NAME: Final[str] = "Non-invasive Cardiac Imaging Procedure"
KEYWORD: Final[str | None] = "NoninvasiveCardiacImagingProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.761"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NuclearMedicineCardiovascularStudy: Final[Code] = Code(
    "SCT", "108294005", "Nuclear medicine cardiovascular study", (3108, 3206, 3757)
)
"""Nuclear medicine cardiovascular study (SCT 108294005)."""

CardiacBloodPoolImaging: Final[Code] = Code(
    "SCT", "35621002", "Cardiac blood pool imaging (nuclear)", (3206, 3757)
)
"""Cardiac blood pool imaging (nuclear) (SCT 35621002)."""

PETHeartStudy: Final[Code] = Code("SCT", "241439007", "PET heart study", (3108, 3206, 3757))
"""PET heart study (SCT 241439007)."""

SPECT: Final[Code] = Code("SCT", "105371005", "SPECT", (3206, 3757))
"""SPECT (SCT 105371005)."""

Echocardiography: Final[Code] = Code(
    "SCT", "40701008", "Echocardiography", (3206, 3744, 3757, 12001)
)
"""Echocardiography (SCT 40701008)."""

CardiacMRI: Final[Code] = Code("SCT", "241620005", "Cardiac MRI", (3206, 3757, 3820))
"""Cardiac MRI (SCT 241620005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NuclearMedicineCardiovascularStudy,
    CardiacBloodPoolImaging,
    PETHeartStudy,
    SPECT,
    Echocardiography,
    CardiacMRI,
)
"""The resolved membership: own members, then those of the included groups, in order."""
