# The rolegraph API. Built by docker compose; see README.md.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The explorer and the GraphQL IDE, served by the API at / and /graphiql.
COPY --from=build /app/web/dist ./web/dist
COPY schema.graphql ./
COPY seeds ./seeds
USER node
EXPOSE 4000
CMD ["node", "dist/main.js"]
