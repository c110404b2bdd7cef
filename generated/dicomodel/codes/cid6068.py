"""CID 6068 Tumor Stages From AJCC.

Extensible, version 20040112, UID 1.2.840.10008.6.1.397.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6068
NAME: _Final[str] = "Tumor Stages From AJCC"
KEYWORD: _Final[str | None] = "TumorStagesFromAJCC"
UID: _Final[str | None] = "1.2.840.10008.6.1.397"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Stage0: _Final[_Code] = _Code("DCM", "111494", "Stage 0", (6068,))
"""Stage 0 (DCM 111494)."""

StageI: _Final[_Code] = _Code("DCM", "111495", "Stage I", (6068,))
"""Stage I (DCM 111495)."""

StageIIA: _Final[_Code] = _Code("DCM", "111496", "Stage IIA", (6068,))
"""Stage IIA (DCM 111496)."""

StageIIB: _Final[_Code] = _Code("DCM", "111497", "Stage IIB", (6068,))
"""Stage IIB (DCM 111497)."""

StageIIIA: _Final[_Code] = _Code("DCM", "111498", "Stage IIIA", (6068,))
"""Stage IIIA (DCM 111498)."""

StageIIIB: _Final[_Code] = _Code("DCM", "111499", "Stage IIIB", (6068,))
"""Stage IIIB (DCM 111499)."""

StageIIIC: _Final[_Code] = _Code("DCM", "111500", "Stage IIIC", (6068,))
"""Stage IIIC (DCM 111500)."""

StageIV: _Final[_Code] = _Code("DCM", "111501", "Stage IV", (6068,))
"""Stage IV (DCM 111501)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
