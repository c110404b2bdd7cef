"""CID 12011 Ultrasound Pelvis and Uterus Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.559.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12011
NAME: Final[str] = "Ultrasound Pelvis and Uterus Measurement"
KEYWORD: Final[str | None] = "UltrasoundPelvisAndUterusMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.559"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030130"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CervixLength: Final[Code] = Code("LN", "11961-0", "Cervix Length", (12011,))
"""Cervix Length (LN 11961-0)."""

EndometriumThickness: Final[Code] = Code("LN", "12145-9", "Endometrium Thickness", (12011,))
"""Endometrium Thickness (LN 12145-9)."""

MEMBERS: Final[tuple[Code, ...]] = (CervixLength, EndometriumThickness)
"""The resolved membership: own members, then those of the included groups, in order."""
