# KrBot: build with the SDK, run on the ASP.NET Core runtime as a non-root user. One image, both modes:
#   polling + SQLite (the default):
#     docker build -t krbot .
#     docker run -d -e Telegram__BotToken=... -v krbot-data:/app/data krbot
#   webhook + PostgreSQL, several replicas behind a proxy: deploy/compose.yaml (README, Production).
# The token and the secrets are passed at run time only; they are never baked into the image.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so the package layer is cached across code changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/KrBot.Core/KrBot.Core.csproj src/KrBot.Core/
COPY src/KrBot/KrBot.csproj src/KrBot/
RUN dotnet restore src/KrBot/KrBot.csproj --runtime linux-x64 -p:PublishReadyToRun=true
COPY src/ src/
# The project copies the fact base and the settings next to the binary (see src/KrBot/KrBot.csproj).
COPY knowledge/ knowledge/
COPY appsettings.json ./
# ReadyToRun: precompiled code halves the fact base's load time at start (docs/benchmarks.md).
RUN dotnet publish src/KrBot/KrBot.csproj --configuration Release --no-restore --output /app \
    --runtime linux-x64 --self-contained false -p:PublishReadyToRun=true

# ASP.NET Core's runtime: webhook mode, /healthz, /readyz and /metrics are served by it (polling starts no listener).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# IANA time zones for digest schedules (Asia/Shanghai, Europe/Berlin, ...); Noto Sans CJK for charts, whose Chinese
# labels would otherwise be boxes (Charts:FontPath defaults to /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc).
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# /app/data holds the SQLite database (Storage:DatabasePath = data/krbot.db): keep it on a volume.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
VOLUME /app/data
ENV DOTNET_ENVIRONMENT=Production
# Webhook mode (and Hosting__HealthUrls in polling mode) listen here; the base image sets ASPNETCORE_HTTP_PORTS=8080.
EXPOSE 8080
# The GC's first-generation budget (8 MB, to keep peak memory under 100 MB) comes with KrBot.runtimeconfig.json.
ENTRYPOINT ["dotnet", "KrBot.dll"]
