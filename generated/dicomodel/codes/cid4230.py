"""CID 4230 Ophthalmic Ultrasound Axial Measurements Type.

Extensible, version 20100623, UID 1.2.840.10008.6.1.876.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4230
NAME: Final[str] = "Ophthalmic Ultrasound Axial Measurements Type"
KEYWORD: Final[str | None] = "OphthalmicUltrasoundAxialMeasurementsType"
UID: Final[str | None] = "1.2.840.10008.6.1.876"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UltrasoundContact: Final[Code] = Code("DCM", "111750", "Ultrasound Contact", (4230,))
"""Ultrasound Contact (DCM 111750)."""

UltrasoundImmersion: Final[Code] = Code("DCM", "111751", "Ultrasound Immersion", (4230,))
"""Ultrasound Immersion (DCM 111751)."""

MEMBERS: Final[tuple[Code, ...]] = (UltrasoundContact, UltrasoundImmersion)
"""The resolved membership: own members, then those of the included groups, in order."""
