"""CID 6068 Tumor Stages From AJCC.

Extensible, version 20040112, UID 1.2.840.10008.6.1.397.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6068
NAME: Final[str] = "Tumor Stages From AJCC"
KEYWORD: Final[str | None] = "TumorStagesFromAJCC"
UID: Final[str | None] = "1.2.840.10008.6.1.397"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Stage0: Final[Code] = Code("DCM", "111494", "Stage 0", (6068,))
"""Stage 0 (DCM 111494)."""

StageI: Final[Code] = Code("DCM", "111495", "Stage I", (6068,))
"""Stage I (DCM 111495)."""

StageIIA: Final[Code] = Code("DCM", "111496", "Stage IIA", (6068,))
"""Stage IIA (DCM 111496)."""

StageIIB: Final[Code] = Code("DCM", "111497", "Stage IIB", (6068,))
"""Stage IIB (DCM 111497)."""

StageIIIA: Final[Code] = Code("DCM", "111498", "Stage IIIA", (6068,))
"""Stage IIIA (DCM 111498)."""

StageIIIB: Final[Code] = Code("DCM", "111499", "Stage IIIB", (6068,))
"""Stage IIIB (DCM 111499)."""

StageIIIC: Final[Code] = Code("DCM", "111500", "Stage IIIC", (6068,))
"""Stage IIIC (DCM 111500)."""

StageIV: Final[Code] = Code("DCM", "111501", "Stage IV", (6068,))
"""Stage IV (DCM 111501)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Stage0,
    StageI,
    StageIIA,
    StageIIB,
    StageIIIA,
    StageIIIB,
    StageIIIC,
    StageIV,
)
"""The resolved membership: own members, then those of the included groups, in order."""
