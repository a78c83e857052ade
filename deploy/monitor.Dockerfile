# The monitor's own image (crawler, stream workers, HTTP API in docker-compose.yml): the package and its
# registry dependencies, nothing downloaded at run time. Build from the repository root:
#   docker compose build
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 MONITOR_DATA_DIR=/data
WORKDIR /app
COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY streams ./streams
COPY seeds ./seeds
RUN pip install . && useradd --system --home /data monitor && mkdir -p /data && chown monitor /data
USER monitor
VOLUME /data
ENTRYPOINT ["monitor"]
CMD ["--help"]
