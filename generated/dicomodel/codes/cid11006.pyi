"""CID 11006 Photoacoustic Imaged Property.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1476.

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
BloodOxygenationLevel: _Final[_groups.Cid11006Code]
BloodDeoxygenationLevel: _Final[_groups.Cid11006Code]
Hemoglobin: _Final[_groups.Cid11006Code]
Elasticity: _Final[_groups.Cid11006Code]
Perfusion: _Final[_groups.Cid11006Code]
Melanin: _Final[_groups.Cid11006Code]
Water: _Final[_groups.Cid11006Code]
Lipid: _Final[_groups.Cid11006Code]
MEMBERS: _Final[tuple[_groups.Cid11006Code, ...]]
