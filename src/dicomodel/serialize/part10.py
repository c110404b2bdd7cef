"""Part 10 files and the model class of a data set (by its SOP Class UID).

Files are read and written by pydicom (``dcmread`` / ``dcmwrite``); this module
adds the file meta a model implies and the lookup of the IOD class.
"""

from __future__ import annotations

import importlib
import io
import os
import warnings
from collections.abc import Mapping
from typing import Any, BinaryIO, TypeVar, cast, overload

import pydicom
from pydicom import dcmread, dcmwrite
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import PYDICOM_IMPLEMENTATION_UID, UID, ExplicitVRLittleEndian

from dicomodel.errors import DicomFileError, DicomFormatError, DicomodelError
from dicomodel.model import DicomModel
from dicomodel.serialize.json import json_to_dataset
from dicomodel.serialize.values import FILE_ERRORS, READ_ERRORS, BulkDataURI

__all__ = ["model_class", "read", "read_dataset", "write_part10"]

Source = Dataset | Mapping[str, Any] | str | bytes | os.PathLike[str] | BinaryIO
M = TypeVar("M", bound=DicomModel)

_META_KEPT_BY_SOURCE = (
    "ImplementationClassUID",
    "ImplementationVersionName",
    "SourceApplicationEntityTitle",
    "SendingApplicationEntityTitle",
    "ReceivingApplicationEntityTitle",
    "PrivateInformationCreatorUID",
    "PrivateInformation",
)


def model_class(source: Dataset | str) -> type[DicomModel]:
    """The ``dicomodel.iods`` class of a data set's SOP Class UID (or of the UID itself).

    A data set without SOP Class UID (a DICOMDIR) is looked up by the Media
    Storage SOP Class UID of its file meta.
    """
    if isinstance(source, Dataset):
        try:
            uid = source.get("SOPClassUID")
            meta = getattr(source, "file_meta", None)
            if not uid and meta is not None:
                uid = meta.get("MediaStorageSOPClassUID")
        except READ_ERRORS as error:
            raise DicomFormatError(
                f"SOP Class UID (0008,0016) cannot be decoded: {error}"
            ) from None
        if not uid:
            raise DicomodelError("the data set has no SOP Class UID (0008,0016)")
    else:
        uid = source
    uid = str(uid)
    name = importlib.import_module("dicomodel.uids").iod_class_name(uid)
    if name is None:
        raise DicomodelError(f"no IOD model for SOP Class UID {uid!r} ({UID(uid).name})")
    cls = getattr(importlib.import_module("dicomodel.iods"), name)
    return cast(type[DicomModel], cls)


def read_dataset(source: Source, *, force: bool = False) -> Dataset:
    """A pydicom ``Dataset`` of a ``Dataset``, a DICOM JSON object, Native DICOM Model
    XML (PS3.19 Annex A: text, bytes or a file holding it), or a Part 10 file (a path,
    a binary file or its bytes).

    ``force`` is pydicom's ``dcmread(force=True)``: read a file that lacks the
    128-byte preamble and ``DICM`` prefix of PS3.10 7.1 (a bare data set).
    """
    if isinstance(source, Dataset):
        return source
    if isinstance(source, Mapping):
        return json_to_dataset(source)
    document = xml_document(source)
    if document is not None:
        from dicomodel.serialize.xml import xml_to_dataset

        if isinstance(source, (str, bytes, bytearray)):  # the message names the line
            return xml_to_dataset(document)
        try:
            return xml_to_dataset(document)
        except DicomFormatError as error:
            raise DicomFormatError(f"{_name(source)}: {error}") from None
    if isinstance(source, (bytes, bytearray)):
        source = io.BytesIO(source)
    name = _name(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # what pydicom warns about, we report
            dataset = dcmread(source, force=force)
            for _ in dataset.file_meta or ():  # decode the file meta now, inside this try
                pass
    except FILE_ERRORS as error:
        raise DicomFileError(f"{name}: {error.strerror or error}") from None
    except READ_ERRORS as error:
        reason = str(error)
        if "force=True" in reason:  # pydicom's advice names its own parameter: ours is alike
            reason = reason.replace("Use force=True", "Use read(..., force=True)")
        raise DicomFormatError(f"{name} is not a readable DICOM file: {reason}") from None
    return dataset


def xml_document(source: Source) -> str | bytes | None:
    """The document when ``source`` is XML (text, bytes, a path or a binary file whose
    content starts with ``<``), else ``None``. A Part 10 file starts with its preamble
    and a bare data set with a tag: neither is ``<`` followed by XML."""
    if isinstance(source, str) and source.lstrip(" \t\r\n\ufeff").startswith("<"):
        return source
    if isinstance(source, (bytes, bytearray)):
        return bytes(source) if _starts_xml(bytes(source[:_SNIFF])) else None
    if isinstance(source, (str, os.PathLike)):
        try:
            with open(source, "rb") as file:
                if not _starts_xml(file.read(_SNIFF)):
                    return None
                file.seek(0)
                return file.read()
        except FILE_ERRORS as error:
            raise DicomFileError(f"{_name(source)}: {error.strerror or error}") from None
    seekable = getattr(source, "seekable", None)
    if not isinstance(source, (Dataset, Mapping)) and callable(seekable) and seekable():
        start = source.tell()
        head = source.read(_SNIFF)
        source.seek(start)
        if isinstance(head, bytes) and _starts_xml(head):
            return source.read()
    return None


_SNIFF = 64
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _starts_xml(head: bytes) -> bool:
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    head = head.replace(b"\x00", b"")  # UTF-16: one zero byte per ASCII character
    return head.lstrip(b" \t\r\n").startswith(b"<")


@overload
def read(source: Source, *, strict: bool = True, model: type[M], force: bool = False) -> M: ...


@overload
def read(
    source: Source, *, strict: bool = True, model: None = None, force: bool = False
) -> DicomModel: ...


def read(
    source: Source,
    *,
    strict: bool = True,
    model: type[DicomModel] | None = None,
    force: bool = False,
) -> DicomModel:
    """The model of a data set, a DICOM JSON object, Native DICOM Model XML or a
    Part 10 file (see :func:`read_dataset`).

    The class is ``model`` or the IOD of the SOP Class UID
    (``1.2.840.10008.5.1.4.1.1.2`` -> :class:`dicomodel.iods.CTImage`).
    ``strict=False`` reads non-conformant data and lists its problems in
    ``dicom_issues`` (see :meth:`DicomModel.from_dataset`). ``force`` reads a
    file without the Part 10 preamble and ``DICM`` prefix, as pydicom's
    ``dcmread(force=True)``. Typed as ``model`` when it is given, else as
    :class:`~dicomodel.model.DicomModel` (narrow it with ``isinstance``).
    """
    from dicomodel.serialize.dataset import from_dataset

    dataset = read_dataset(source, force=force)
    cls = model if model is not None else model_class(dataset)
    # A data set this function read (file or JSON) is nobody else's: its elements
    # are kept as they are, without copies.
    return from_dataset(cls, dataset, strict=strict, owned=dataset is not source)


def write_part10(
    model: DicomModel,
    destination: str | os.PathLike[str] | BinaryIO,
    *,
    transfer_syntax: str | None = None,
    implementation_class_uid: str | None = None,
    implementation_version_name: str | None = None,
    check: bool = True,
) -> None:
    """Write a model as a DICOM Part 10 file through pydicom's ``dcmwrite``.

    The file meta comes from the model: Media Storage SOP Class and Instance UIDs
    from its SOP Class and Instance UIDs, else (a DICOMDIR) from the file meta it
    was read with; the transfer syntax is ``transfer_syntax``, else that of the
    file the model was read from, else Explicit VR Little Endian; the
    implementation UID and version name are those given, else those read, else
    pydicom's. A value that JSON gave only by ``BulkDataURI`` cannot be written.
    ``check`` as for :meth:`DicomModel.to_dataset`.
    """
    dataset = model.to_dataset(check=check)
    _refuse_references(dataset, "")
    source = getattr(dataset, "file_meta", None)
    sop_class = dataset.get("SOPClassUID") or (source or {}).get("MediaStorageSOPClassUID")
    sop_instance = dataset.get("SOPInstanceUID") or (source or {}).get("MediaStorageSOPInstanceUID")
    if not sop_class or not sop_instance:
        raise DicomodelError(
            "a Part 10 file needs SOP Class UID (0008,0016) and SOP Instance UID (0008,0018)"
            " or the Media Storage SOP Class and Instance UIDs of a file meta"
        )
    meta = FileMetaDataset()
    meta.FileMetaInformationGroupLength = 0  # computed by pydicom's writer
    meta.FileMetaInformationVersion = b"\x00\x01"
    meta.MediaStorageSOPClassUID = UID(str(sop_class))
    meta.MediaStorageSOPInstanceUID = UID(str(sop_instance))
    if transfer_syntax is not None:
        meta.TransferSyntaxUID = UID(transfer_syntax)
    elif source is not None and source.get("TransferSyntaxUID"):
        meta.TransferSyntaxUID = source.TransferSyntaxUID
    else:
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
    if source is not None:
        for keyword in _META_KEPT_BY_SOURCE:
            if keyword in source:
                meta[keyword] = source[keyword]
    if implementation_class_uid is not None:
        meta.ImplementationClassUID = UID(implementation_class_uid)
        meta.pop("ImplementationVersionName", None)
    elif "ImplementationClassUID" not in meta:
        meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
        meta.ImplementationVersionName = f"PYDICOM {pydicom.__version__}"
    if implementation_version_name is not None:
        meta.ImplementationVersionName = implementation_version_name
    meta = _sorted_meta(meta)
    dataset.file_meta = meta
    dataset.preamble = b"\x00" * 128  # PS3.10 7.1; dcmwrite then writes "DICM"
    try:
        # enforce_file_format=False: the file meta above is complete, and pydicom's
        # check would add its own Implementation Version Name beside the one read.
        dcmwrite(destination, dataset, enforce_file_format=False)
    except FILE_ERRORS as error:
        raise DicomFileError(f"{_name(destination)}: {error.strerror or error}") from None
    except (*READ_ERRORS, AttributeError) as error:
        reason = str(error).split("\n", 1)[0]  # pydicom appends the element and a traceback
        raise DicomodelError(f"pydicom cannot write the data set: {reason}") from None


def _sorted_meta(meta: FileMetaDataset) -> FileMetaDataset:
    ordered = FileMetaDataset()
    for element in sorted(meta, key=lambda element: int(element.tag)):
        ordered.add(element)
    return ordered


def _refuse_references(dataset: Dataset, path: str) -> None:
    for element in dataset:
        where = f"{path}.{element.keyword or element.tag}" if path else str(element.keyword)
        if element.VR == "SQ":
            for index, item in enumerate(element.value):
                _refuse_references(item, f"{where}[{index}]")
        elif isinstance(element.value, BulkDataURI):
            raise DicomodelError(
                f"{where or element.tag} holds only a BulkDataURI ({element.value.uri}); "
                "read the JSON with bulk_data= to fetch it"
            )


def _name(source: object) -> str:
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    return getattr(source, "name", None) or type(source).__name__
