"""CID 6352 Prostate Cancer Diagnostic Blood Lab Measurement.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1409.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6352
NAME: Final[str] = "Prostate Cancer Diagnostic Blood Lab Measurement"
KEYWORD: Final[str | None] = "ProstateCancerDiagnosticBloodLabMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1409"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ProstateCancerAntigen: Final[Code] = Code("LN", "2857-1", "Prostate Cancer Antigen", (6352,))
"""Prostate Cancer Antigen (LN 2857-1)."""

ProstateSpecificAntigenDensity: Final[Code] = Code(
    "LN", "15325-4", "Prostate specific Antigen Density", (6352,)
)
"""Prostate specific Antigen Density (LN 15325-4)."""

_4kscore: Final[Code] = Code("NCIt", "C142184", "4Kscore", (6352,))
"""4Kscore (NCIt C142184)."""

MEMBERS: Final[tuple[Code, ...]] = (ProstateCancerAntigen, ProstateSpecificAntigenDensity, _4kscore)
"""The resolved membership: own members, then those of the included groups, in order."""
