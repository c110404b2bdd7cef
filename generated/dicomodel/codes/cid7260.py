"""CID 7260 Diffusion Acquisition Value Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1059.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7260
NAME: Final[str] = "Diffusion Acquisition Value Type"
KEYWORD: Final[str | None] = "DiffusionAcquisitionValueType"
UID: Final[str | None] = "1.2.840.10008.6.1.1059"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HARDI: Final[Code] = Code("DCM", "113221", "HARDI", (7260,))
"""HARDI (DCM 113221)."""

DKI: Final[Code] = Code("DCM", "113222", "DKI", (7260,))
"""DKI (DCM 113222)."""

DTI: Final[Code] = Code("DCM", "113223", "DTI", (7260,))
"""DTI (DCM 113223)."""

DSI: Final[Code] = Code("DCM", "113224", "DSI", (7260, 7261))
"""DSI (DCM 113224)."""

LSDI: Final[Code] = Code("DCM", "113225", "LSDI", (7260,))
"""LSDI (DCM 113225)."""

SingleShotEPI: Final[Code] = Code("DCM", "113226", "Single Shot EPI", (7260,))
"""Single Shot EPI (DCM 113226)."""

MultipleShotEPI: Final[Code] = Code("DCM", "113227", "Multiple Shot EPI", (7260,))
"""Multiple Shot EPI (DCM 113227)."""

ParallelImaging: Final[Code] = Code("DCM", "113228", "Parallel Imaging", (7260,))
"""Parallel Imaging (DCM 113228)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HARDI,
    DKI,
    DTI,
    DSI,
    LSDI,
    SingleShotEPI,
    MultipleShotEPI,
    ParallelImaging,
)
"""The resolved membership: own members, then those of the included groups, in order."""
