"""CID 10031 CR/DR Mechanical Configuration.

Extensible, version 20120406, UID 1.2.840.10008.6.1.960.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10031
NAME: Final[str] = "CR/DR Mechanical Configuration"
KEYWORD: Final[str | None] = "CRDRMechanicalConfiguration"
UID: Final[str | None] = "1.2.840.10008.6.1.960"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20120406"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UnmountedDetector: Final[Code] = Code("DCM", "113953", "Unmounted Detector", (10031,))
"""Unmounted Detector (DCM 113953)."""

TableMount: Final[Code] = Code("DCM", "113952", "Table Mount", (10031,))
"""Table Mount (DCM 113952)."""

UprightStandMount: Final[Code] = Code("DCM", "113954", "Upright Stand Mount", (10031,))
"""Upright Stand Mount (DCM 113954)."""

CArmMount: Final[Code] = Code("DCM", "113955", "C-Arm Mount", (10031,))
"""C-Arm Mount (DCM 113955)."""

MEMBERS: Final[tuple[Code, ...]] = (UnmountedDetector, TableMount, UprightStandMount, CArmMount)
"""The resolved membership: own members, then those of the included groups, in order."""
