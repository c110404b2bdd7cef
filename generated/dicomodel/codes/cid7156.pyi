"""CID 7156 Vascular Segmentation Type.

Extensible, version 20210328, UID 1.2.840.10008.6.1.502.

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
Adventitia: _Final[_groups.Cid7156Code]
CardiovascularSystem: _Final[_groups.Cid7156Code]
Intima: _Final[_groups.Cid7156Code]
Lumen: _Final[_groups.Cid7156Code]
Media: _Final[_groups.Cid7156Code]
SystemicArtery: _Final[_groups.Cid7156Code]
SystemicVein: _Final[_groups.Cid7156Code]
Thrombus: _Final[_groups.Cid7156Code]
VascularSclerosis: _Final[_groups.Cid7156Code]
MEMBERS: _Final[tuple[_groups.Cid7156Code, ...]]
