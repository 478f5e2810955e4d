"""What every newswire process shares: connection settings, Kafka clients, JSON logging, backoff, dead letters,
a bounded shutdown.

The Elasticsearch client (``newswire_runtime.elasticsearch``, extra ``elasticsearch``) and faust's options
(``newswire_runtime.faust_options``) are modules of their own, imported only by the processes that use them.
"""

from __future__ import annotations

from newswire_runtime.backoff import Backoff, RetryBudget, retry_transient, sleep_or_stop
from newswire_runtime.deadletters import build_dead_letter, dead_letter_id, error_reason, log_fields
from newswire_runtime.kafka import kafka_options, new_admin, new_consumer, new_producer
from newswire_runtime.log_settings import LogFormat, LogLevel, LogSettings
from newswire_runtime.log_summary import RepeatSummaryFilter
from newswire_runtime.logs import JsonFormatter, configure_logging, logging_config
from newswire_runtime.memory import fix_malloc_thresholds, release_free_memory
from newswire_runtime.network import LOOPBACK, is_loopback
from newswire_runtime.readiness import CachedProbe, KafkaCheck, ProbeResult, ReadinessSettings, kafka_probe, readiness
from newswire_runtime.settings import ElasticsearchSettings, KafkaSettings, TlsSettings, environment
from newswire_runtime.shutdown import ShutdownDeadline, ShutdownSettings, close_all, run_until_stopped
from newswire_runtime.tls import client_context

__all__ = [
    "LOOPBACK",
    "Backoff",
    "CachedProbe",
    "ElasticsearchSettings",
    "JsonFormatter",
    "KafkaCheck",
    "KafkaSettings",
    "LogFormat",
    "LogLevel",
    "LogSettings",
    "ProbeResult",
    "ReadinessSettings",
    "RepeatSummaryFilter",
    "RetryBudget",
    "ShutdownDeadline",
    "ShutdownSettings",
    "TlsSettings",
    "build_dead_letter",
    "client_context",
    "close_all",
    "configure_logging",
    "dead_letter_id",
    "environment",
    "error_reason",
    "fix_malloc_thresholds",
    "is_loopback",
    "kafka_options",
    "kafka_probe",
    "log_fields",
    "logging_config",
    "new_admin",
    "new_consumer",
    "new_producer",
    "readiness",
    "release_free_memory",
    "retry_transient",
    "run_until_stopped",
    "sleep_or_stop",
]
