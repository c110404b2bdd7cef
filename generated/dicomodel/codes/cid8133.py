"""CID 8133 Tissue Selection.

Extensible, version 20120605, UID 1.2.840.10008.6.1.950.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8133
NAME: Final[str] = "Tissue Selection"
KEYWORD: Final[str | None] = "TissueSelection"
UID: Final[str | None] = "1.2.840.10008.6.1.950"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20120605"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NominalEmptyTileSuppression: Final[Code] = Code(
    "DCM", "112719", "Nominal empty tile suppression", (8133,)
)
"""Nominal empty tile suppression (DCM 112719)."""

HighThresholdEmptyTileSuppression: Final[Code] = Code(
    "DCM", "112720", "High threshold empty tile suppression", (8133,)
)
"""High threshold empty tile suppression (DCM 112720)."""

NoEmptyTileSuppression: Final[Code] = Code("DCM", "112721", "No empty tile suppression", (8133,))
"""No empty tile suppression (DCM 112721)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NominalEmptyTileSuppression,
    HighThresholdEmptyTileSuppression,
    NoEmptyTileSuppression,
)
"""The resolved membership: own members, then those of the included groups, in order."""
