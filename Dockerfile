# evidence-publish-hook as a container (docs/publish-hook.md, "In a container").
#
#     docker build -t evidence-publish-hook .
#     docker run --rm -p 8787:8787 --stop-timeout 30 -e EVIDENCE_HOOK_SECRET evidence-publish-hook
#
# The secret comes from the environment at run time only: it is never written into the image.
# test/publish-hook-docker.test.ts runs these commands in a clean folder (without docker).

# 1. Build the package and pack it, as `npm publish` would.
FROM node:20-slim AS build
WORKDIR /build
COPY package.json package-lock.json .npmrc tsconfig.json README.md LICENSE ./
COPY bin ./bin
COPY src ./src
COPY rules ./rules
COPY docs ./docs
RUN npm ci --no-audit --no-fund --ignore-scripts
RUN npx tsc -p tsconfig.json && npm pack --ignore-scripts && mv retext-evidence-*.tgz retext-evidence.tgz

# 2. Install the packed tarball (its dependencies only) and run as the unprivileged `node` user.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /opt/evidence
COPY --from=build /build/retext-evidence.tgz ./
RUN npm install --global --omit=dev --no-audit --no-fund ./retext-evidence.tgz && rm retext-evidence.tgz && npm cache clean --force
USER node
WORKDIR /home/node
EXPOSE 8787
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:8787/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["evidence-publish-hook", "--host", "0.0.0.0", "--port", "8787"]
