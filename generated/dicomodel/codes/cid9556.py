"""CID 9556 Radiotherapy Robotic Node Set.

Extensible, version 20200117, UID 1.2.840.10008.6.1.1307.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9556
NAME: Final[str] = "Radiotherapy Robotic Node Set"
KEYWORD: Final[str | None] = "RadiotherapyRoboticNodeSet"
UID: Final[str | None] = "1.2.840.10008.6.1.1307"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200117"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HeadNodeSet: Final[Code] = Code("DCM", "130362", "Head Node Set", (9556,))
"""Head Node Set (DCM 130362)."""

BodyNodeSet: Final[Code] = Code("DCM", "130363", "Body Node Set", (9556,))
"""Body Node Set (DCM 130363)."""

TrigeminalNodeSet: Final[Code] = Code("DCM", "130364", "Trigeminal Node Set", (9556,))
"""Trigeminal Node Set (DCM 130364)."""

QANodePair: Final[Code] = Code("DCM", "130365", "QA Node Pair", (9556,))
"""QA Node Pair (DCM 130365)."""

QANode: Final[Code] = Code("DCM", "130366", "QA Node", (9556,))
"""QA Node (DCM 130366)."""

MEMBERS: Final[tuple[Code, ...]] = (HeadNodeSet, BodyNodeSet, TrigeminalNodeSet, QANodePair, QANode)
"""The resolved membership: own members, then those of the included groups, in order."""
