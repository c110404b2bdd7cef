"""Part 10 files and the model class of a data set (by its SOP Class UID).

Files are read and written by pydicom (``dcmread`` / ``dcmwrite``); this module
adds the file meta a model implies and the lookup of the IOD class.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from typing import Any, BinaryIO, cast

from pydicom import dcmread, dcmwrite
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import PYDICOM_IMPLEMENTATION_UID, UID, ExplicitVRLittleEndian

from dicomodel.errors import DicomFormatError, DicomodelError
from dicomodel.model import DicomModel
from dicomodel.serialize.json import json_to_dataset
from dicomodel.serialize.values import READ_ERRORS, BulkDataURI

__all__ = ["model_class", "read", "read_dataset", "write_part10"]

Source = Dataset | Mapping[str, Any] | str | os.PathLike[str] | BinaryIO

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
    """The ``dicomodel.iods`` class of a data set's SOP Class UID (or of the UID itself)."""
    if isinstance(source, Dataset):
        uid = source.get("SOPClassUID")
        meta = getattr(source, "file_meta", None)
        if not uid and meta is not None:
            uid = meta.get("MediaStorageSOPClassUID")
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


def read_dataset(source: Source) -> Dataset:
    """A pydicom ``Dataset`` of a ``Dataset``, a DICOM JSON object, or a Part 10 file."""
    if isinstance(source, Dataset):
        return source
    if isinstance(source, Mapping):
        return json_to_dataset(source)
    try:
        dataset = dcmread(source)
        for _ in dataset.file_meta or ():  # decode the file meta now, inside this try
            pass
    except READ_ERRORS as error:
        raise DicomFormatError(f"{_name(source)} is not a readable DICOM file: {error}") from None
    return dataset


def read(source: Source, *, strict: bool = True, model: type[DicomModel] | None = None) -> Any:
    """The model of a data set, a DICOM JSON object or a Part 10 file.

    The class is ``model`` or the IOD of the SOP Class UID
    (``1.2.840.10008.5.1.4.1.1.2`` -> :class:`dicomodel.iods.CTImage`).
    ``strict=False`` reads non-conformant data and lists its problems in
    ``dicom_issues`` (see :meth:`DicomModel.from_dataset`).
    """
    dataset = read_dataset(source)
    cls = model if model is not None else model_class(dataset)
    return cls.from_dataset(dataset, strict=strict)


def write_part10(
    model: DicomModel,
    destination: str | os.PathLike[str] | BinaryIO,
    *,
    transfer_syntax: str | None = None,
    implementation_class_uid: str | None = None,
    implementation_version_name: str | None = None,
) -> None:
    """Write a model as a DICOM Part 10 file through pydicom's ``dcmwrite``.

    The file meta comes from the model: Media Storage SOP Class and Instance UIDs
    from its SOP Class and Instance UIDs; the transfer syntax is
    ``transfer_syntax``, else that of the file the model was read from, else
    Explicit VR Little Endian; the implementation UID is pydicom's unless given or
    read. A value that JSON gave only by ``BulkDataURI`` cannot be written.
    """
    dataset = model.to_dataset()
    _refuse_references(dataset, "")
    sop_class = dataset.get("SOPClassUID")
    sop_instance = dataset.get("SOPInstanceUID")
    if not sop_class or not sop_instance:
        raise DicomodelError(
            "a Part 10 file needs SOP Class UID (0008,0016) and SOP Instance UID (0008,0018)"
        )
    source = getattr(dataset, "file_meta", None)
    meta = FileMetaDataset()
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
    if implementation_version_name is not None:
        meta.ImplementationVersionName = implementation_version_name
    dataset.file_meta = meta
    try:
        dcmwrite(destination, dataset, enforce_file_format=True)
    except (ValueError, TypeError, AttributeError, NotImplementedError) as error:
        raise DicomodelError(f"pydicom cannot write the data set: {error}") from error


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
