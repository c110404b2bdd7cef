"""CID 8133 Tissue Selection.

Extensible, version 20120605, UID 1.2.840.10008.6.1.950.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8133
NAME: _Final[str] = "Tissue Selection"
KEYWORD: _Final[str | None] = "TissueSelection"
UID: _Final[str | None] = "1.2.840.10008.6.1.950"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120605"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NominalEmptyTileSuppression: _Final[_Code] = _Code(
    "DCM", "112719", "Nominal empty tile suppression", (8133,)
)
"""Nominal empty tile suppression (DCM 112719)."""

HighThresholdEmptyTileSuppression: _Final[_Code] = _Code(
    "DCM", "112720", "High threshold empty tile suppression", (8133,)
)
"""High threshold empty tile suppression (DCM 112720)."""

NoEmptyTileSuppression: _Final[_Code] = _Code("DCM", "112721", "No empty tile suppression", (8133,))
"""No empty tile suppression (DCM 112721)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NominalEmptyTileSuppression,
    HighThresholdEmptyTileSuppression,
    NoEmptyTileSuppression,
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
