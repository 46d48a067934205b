# syntax=docker/dockerfile:1
# Build: docker build -t partnershipgraph .
# Run:   docker run -p 8080:8080 -v partnershipgraph-data:/app/data partnershipgraph

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props PartnershipGraph.sln ./
COPY src/PartnershipGraph.GraphQL/PartnershipGraph.GraphQL.csproj src/PartnershipGraph.GraphQL/
COPY src/PartnershipGraph.Domain/PartnershipGraph.Domain.csproj src/PartnershipGraph.Domain/
COPY src/PartnershipGraph.Data/PartnershipGraph.Data.csproj src/PartnershipGraph.Data/
COPY src/PartnershipGraph.Web/PartnershipGraph.Web.csproj src/PartnershipGraph.Web/
RUN dotnet restore src/PartnershipGraph.Web/PartnershipGraph.Web.csproj
COPY src/ src/
RUN dotnet publish src/PartnershipGraph.Web/PartnershipGraph.Web.csproj \
    -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# The SQLite file lives on a volume so it outlives the container; the image's non-root user owns it.
RUN mkdir -p /app/data && chown -R "$APP_UID" /app/data
VOLUME ["/app/data"]
ENV ASPNETCORE_URLS=http://+:8080 \
    Database__SqlitePath=/app/data/partnershipgraph.db
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl --fail --silent http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "PartnershipGraph.Web.dll"]
