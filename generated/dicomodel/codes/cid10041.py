"""CID 10041 Source of Radioisotope Activity Information.

Extensible, version 20140419, UID 1.2.840.10008.6.1.973.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10041
NAME: Final[str] = "Source of Radioisotope Activity Information"
KEYWORD: Final[str | None] = "SourceOfRadioisotopeActivityInformation"
UID: Final[str | None] = "1.2.840.10008.6.1.973"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140419"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DoseCalibrator: Final[Code] = Code("DCM", "113541", "Dose Calibrator", (10041,))
"""Dose Calibrator (DCM 113541)."""

InfusionSystem: Final[Code] = Code("DCM", "113542", "Infusion System", (10041,))
"""Infusion System (DCM 113542)."""

RadioisotopeGenerator: Final[Code] = Code("DCM", "113543", "Radioisotope Generator", (10041,))
"""Radioisotope Generator (DCM 113543)."""

MEMBERS: Final[tuple[Code, ...]] = (DoseCalibrator, InfusionSystem, RadioisotopeGenerator)
"""The resolved membership: own members, then those of the included groups, in order."""
