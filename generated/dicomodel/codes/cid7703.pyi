"""CID 7703 Association Fiber.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1015.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
SuperiorLongitudinalFasciculus: _Final[_groups.Cid7703Code]
SuperiorLongitudinalFasciculusI: _Final[_groups.Cid7703Code]
SuperiorLongitudinalFasciculusII: _Final[_groups.Cid7703Code]
SuperiorLongitudinalFasciculusIII: _Final[_groups.Cid7703Code]
ArcuateFasciculus: _Final[_groups.Cid7703Code]
InferiorLongitudinalFasciculus: _Final[_groups.Cid7703Code]
SuperiorFrontoOccipitalFasciculus: _Final[_groups.Cid7703Code]
InferiorFrontoOccipitalFasciculus: _Final[_groups.Cid7703Code]
UncinateFasciculus: _Final[_groups.Cid7703Code]
VerticalOccipitalFasciculus: _Final[_groups.Cid7703Code]
MEMBERS: _Final[tuple[_groups.Cid7703Code, ...]]
