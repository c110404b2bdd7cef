"""CID 3202 Chest Pain.

Extensible, version 20080927, UID 1.2.840.10008.6.1.757.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3202
NAME: _Final[str] = "Chest Pain"
KEYWORD: _Final[str | None] = "ChestPain"
UID: _Final[str | None] = "1.2.840.10008.6.1.757"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StableAngina: _Final[_Code] = _Code("SCT", "233819005", "Stable Angina", (3202, 3700))
"""Stable Angina (SCT 233819005)."""

UnstableAngina: _Final[_Code] = _Code("SCT", "4557003", "Unstable Angina", (3202, 3700))
"""Unstable Angina (SCT 4557003)."""

AtypicalAngina: _Final[_Code] = _Code("SCT", "371807002", "Atypical Angina", (3202,))
"""Atypical Angina (SCT 371807002)."""

NoncardiacChestPain: _Final[_Code] = _Code("SCT", "274668005", "Noncardiac Chest Pain", (3202,))
"""Noncardiac Chest Pain (SCT 274668005)."""

ChestPainNotPresent: _Final[_Code] = _Code(
    "SCT", "161971004", "Chest pain not present", (3202, 3719)
)
"""Chest pain not present (SCT 161971004)."""

TypicalAngina: _Final[_Code] = _Code("SCT", "429559004", "Typical Angina", (3202,))
"""Typical Angina (SCT 429559004)."""

AnginalEquivalent: _Final[_Code] = _Code("DCM", "122799", "Anginal Equivalent", (3202,))
"""Anginal Equivalent (DCM 122799)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StableAngina,
    UnstableAngina,
    AtypicalAngina,
    NoncardiacChestPain,
    ChestPainNotPresent,
    TypicalAngina,
    AnginalEquivalent,
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
