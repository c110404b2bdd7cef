"""CID 6312 Cross-sectional Scan Plane Orientation.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1369.

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
Sagittal: _Final[_groups.Cid6312Code]
Axial: _Final[_groups.Cid6312Code]
Coronal: _Final[_groups.Cid6312Code]
Oblique: _Final[_groups.Cid6312Code]
MEMBERS: _Final[tuple[_groups.Cid6312Code, ...]]
